// richards: Martin Richards' OS task-scheduler simulation, written with
// constructor functions and prototype methods. Object-heavy: linked lists of
// packets and task control blocks, polymorphic `run` calls, bit-flag state.

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const NUMBER_OF_IDS = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;

const DATA_SIZE = 4;

const STATE_RUNNING = 0;
const STATE_RUNNABLE = 1;
const STATE_SUSPENDED = 2;
const STATE_HELD = 4;
const STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD = ~STATE_HELD;

// ---- Packet -------------------------------------------------------------

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = new Array(DATA_SIZE);
  for (let i = 0; i < DATA_SIZE; i++) this.a2[i] = 0;
}

// Append this packet to the end of `queue`; return the (possibly new) head.
Packet.prototype.addTo = function (queue) {
  this.link = null;
  if (queue === null) return this;
  let cur = queue;
  while (cur.link !== null) cur = cur.link;
  cur.link = this;
  return queue;
};

// ---- Task control block ---------------------------------------------------

function TaskControlBlock(link, id, priority, queue, task) {
  this.link = link;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.task = task;
  this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
}

TaskControlBlock.prototype.setRunning = function () {
  this.state = STATE_RUNNING;
};
TaskControlBlock.prototype.markAsNotHeld = function () {
  this.state = this.state & STATE_NOT_HELD;
};
TaskControlBlock.prototype.markAsHeld = function () {
  this.state = this.state | STATE_HELD;
};
TaskControlBlock.prototype.isHeldOrSuspended = function () {
  return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED;
};
TaskControlBlock.prototype.markAsSuspended = function () {
  this.state = this.state | STATE_SUSPENDED;
};
TaskControlBlock.prototype.markAsRunnable = function () {
  this.state = this.state | STATE_RUNNABLE;
};

TaskControlBlock.prototype.run = function () {
  let packet = null;
  if (this.state === STATE_SUSPENDED_RUNNABLE) {
    packet = this.queue;
    this.queue = packet.link;
    this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
  }
  return this.task.run(packet);
};

TaskControlBlock.prototype.checkPriorityAdd = function (task, packet) {
  if (this.queue === null) {
    this.queue = packet;
    this.markAsRunnable();
    if (this.priority > task.priority) return this;
  } else {
    this.queue = packet.addTo(this.queue);
  }
  return task;
};

// ---- Scheduler ------------------------------------------------------------

function Scheduler() {
  this.queueCount = 0;
  this.holdCount = 0;
  this.blocks = new Array(NUMBER_OF_IDS);
  for (let i = 0; i < NUMBER_OF_IDS; i++) this.blocks[i] = null;
  this.list = null;
  this.currentTcb = null;
  this.currentId = -1;
}

Scheduler.prototype.addIdleTask = function (id, priority, queue, count) {
  this.addRunningTask(id, priority, queue, new IdleTask(this, 1, count));
};
Scheduler.prototype.addWorkerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
};
Scheduler.prototype.addHandlerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new HandlerTask(this));
};
Scheduler.prototype.addDeviceTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new DeviceTask(this));
};
Scheduler.prototype.addRunningTask = function (id, priority, queue, task) {
  this.addTask(id, priority, queue, task);
  this.currentTcb.setRunning();
};
Scheduler.prototype.addTask = function (id, priority, queue, task) {
  this.currentTcb = new TaskControlBlock(this.list, id, priority, queue, task);
  this.list = this.currentTcb;
  this.blocks[id] = this.currentTcb;
};

Scheduler.prototype.schedule = function () {
  this.currentTcb = this.list;
  while (this.currentTcb !== null) {
    if (this.currentTcb.isHeldOrSuspended()) {
      this.currentTcb = this.currentTcb.link;
    } else {
      this.currentId = this.currentTcb.id;
      this.currentTcb = this.currentTcb.run();
    }
  }
};

Scheduler.prototype.release = function (id) {
  const tcb = this.blocks[id];
  if (tcb === null) return tcb;
  tcb.markAsNotHeld();
  return tcb.priority > this.currentTcb.priority ? tcb : this.currentTcb;
};

Scheduler.prototype.holdCurrent = function () {
  this.holdCount++;
  this.currentTcb.markAsHeld();
  return this.currentTcb.link;
};

Scheduler.prototype.suspendCurrent = function () {
  this.currentTcb.markAsSuspended();
  return this.currentTcb;
};

Scheduler.prototype.queue = function (packet) {
  const t = this.blocks[packet.id];
  if (t === null) return t;
  this.queueCount++;
  packet.link = null;
  packet.id = this.currentId;
  return t.checkPriorityAdd(this.currentTcb, packet);
};

// ---- Tasks ----------------------------------------------------------------

function IdleTask(scheduler, v1, count) {
  this.scheduler = scheduler;
  this.v1 = v1;
  this.count = count;
}
IdleTask.prototype.run = function (packet) {
  this.count--;
  if (this.count === 0) return this.scheduler.holdCurrent();
  if ((this.v1 & 1) === 0) {
    this.v1 = this.v1 >> 1;
    return this.scheduler.release(ID_DEVICE_A);
  }
  this.v1 = (this.v1 >> 1) ^ 0xd008;
  return this.scheduler.release(ID_DEVICE_B);
};

function DeviceTask(scheduler) {
  this.scheduler = scheduler;
  this.pending = null;
}
DeviceTask.prototype.run = function (packet) {
  if (packet === null) {
    if (this.pending === null) return this.scheduler.suspendCurrent();
    const p = this.pending;
    this.pending = null;
    return this.scheduler.queue(p);
  }
  this.pending = packet;
  return this.scheduler.holdCurrent();
};

function WorkerTask(scheduler, v1, v2) {
  this.scheduler = scheduler;
  this.v1 = v1;
  this.v2 = v2;
}
WorkerTask.prototype.run = function (packet) {
  if (packet === null) return this.scheduler.suspendCurrent();
  this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = this.v1;
  packet.a1 = 0;
  for (let i = 0; i < DATA_SIZE; i++) {
    this.v2++;
    if (this.v2 > 26) this.v2 = 1;
    packet.a2[i] = this.v2;
  }
  return this.scheduler.queue(packet);
};

function HandlerTask(scheduler) {
  this.scheduler = scheduler;
  this.work = null;
  this.devices = null;
}
HandlerTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = packet.addTo(this.work);
    else this.devices = packet.addTo(this.devices);
  }
  if (this.work !== null) {
    const count = this.work.a1;
    if (count < DATA_SIZE) {
      if (this.devices !== null) {
        const v = this.devices;
        this.devices = this.devices.link;
        v.a1 = this.work.a2[count];
        this.work.a1 = count + 1;
        return this.scheduler.queue(v);
      }
    } else {
      const v = this.work;
      this.work = this.work.link;
      return this.scheduler.queue(v);
    }
  }
  return this.scheduler.suspendCurrent();
};

// ---- Driver ---------------------------------------------------------------

const COUNT = 1000;
const EXPECTED_QUEUE_COUNT = 2322;
const EXPECTED_HOLD_COUNT = 928;

function runRichards() {
  const scheduler = new Scheduler();
  scheduler.addIdleTask(ID_IDLE, 0, null, COUNT);

  let queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addWorkerTask(ID_WORKER, 1000, queue);

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_A, 2000, queue);

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_B, 3000, queue);

  scheduler.addDeviceTask(ID_DEVICE_A, 4000, null);
  scheduler.addDeviceTask(ID_DEVICE_B, 5000, null);

  scheduler.schedule();
  return scheduler;
}

const ITERATIONS = 5000;
let ok = 0;
let qsum = 0;
let hsum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  const s = runRichards();
  if (s.queueCount === EXPECTED_QUEUE_COUNT && s.holdCount === EXPECTED_HOLD_COUNT) ok++;
  qsum += s.queueCount;
  hsum += s.holdCount;
}
console.log("richards ok " + ok + "/" + ITERATIONS);
console.log("queueCount total " + qsum + ", holdCount total " + hsum);

// A caught error that is rethrown from the catch block is uncaught.
try {
  throw new Error("original");
} catch (e) {
  console.log("handling", e.message);
  throw e;
}

module.exports = () => require("./tempRoot").teardown();

module.exports = () => require("./tempRoot").setup();

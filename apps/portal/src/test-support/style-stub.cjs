// Stylesheets mean nothing to jsdom: imports of .css files resolve here.
module.exports = {};

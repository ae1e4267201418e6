// Mantine's mixins and rem() helpers for any CSS the app adds.
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};

// The nginx redirect map the glossary plugin writes into the build (`"from" "to";` per line). Pages listed in it
// are answered with a 301 by nginx, so their own inline script never runs.
const mapLine = /^"(\/[^"]*)" "(\/[^"]*)";$/;

/**
 * The `from` paths of a redirect map; a line of any other shape is an error naming the file and line.
 * @param {string} text  the map file's content
 * @param {string} file  its path, for messages
 * @returns {Set<string>}
 */
export function redirectedPaths(text, file) {
  const paths = new Set();
  text
    .split('\n')
    .filter((line) => line !== '')
    .forEach((line, index) => {
      const match = mapLine.exec(line);
      if (!match) throw new Error(`${file}:${index + 1}: not a line of an nginx map ("from" "to";): ${line}`);
      paths.add(match[1]);
    });
  return paths;
}

// @ts-check
// `npm start`. This file checks the Node.js version first, in syntax old Node.js versions can
// read, and only then loads the launcher, which needs a supported version.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSupportedNode, tooOldNodeMessage } from './launch/node-version.mjs';

if (!isSupportedNode(process.version)) {
  console.error(tooOldNodeMessage(process.version));
  process.exit(1);
}

import('./launch/start-app.mjs')
  .then(function (launcher) {
    return launcher.startApp({
      projectDir: join(dirname(fileURLToPath(import.meta.url)), '..'),
      args: process.argv.slice(2),
      env: process.env,
      say: function (line) {
        console.log(line);
      },
    });
  })
  .then(function (code) {
    process.exit(code);
  });

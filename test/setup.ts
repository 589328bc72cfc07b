import { afterAll } from 'vitest';
import { removeTemporaryDirectories } from './temporary-directories.js';

// A full run makes about a hundred temporary directories; a suite run in CI loops must not fill /tmp.
afterAll(removeTemporaryDirectories);

/**
 * Jest runs each test file with a copy of `process` whose `exit` event never
 * fires, so what mmf removes at exit (the private home of child processes,
 * staging folders and locks of an interrupted test) is removed after each
 * test file instead.
 */
import { runExitCleanups } from '../../actions/platform/process/exit-cleanup.js';

afterAll(() => runExitCleanups());

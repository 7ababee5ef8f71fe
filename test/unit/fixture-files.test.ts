// The fixture reader refuses a file where two cases ran together into one object: JSON.parse would
// keep the second case's keys and the first case would silently never run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateKeys } from './fixture-files.ts';

test('duplicate keys in one object are found, with their line; equal keys in sibling objects or in strings are not', () => {
  assert.deepEqual(duplicateKeys('[{"text": "a",\n "note": "n",\n "text": "b"}]'), ['"text" at line 3']);
  assert.deepEqual(duplicateKeys('[{"text": "a", "figures": [{"text": 1}]}, {"text": "c\\"text\\"", "x": ["text", "text"]}]'), []);
  assert.deepEqual(duplicateKeys('{"a": {"b": 1}, "c": {"b": 2}, "a": 3}'), ['"a" at line 1']);
});

/**
 * {@code autogen verify}: replays the history on a dev database, applies the newest revision's
 * steps, checks the schema against the entity model, runs each downgrade in reverse checking the
 * schema before its step, and applies the steps again. The command in {@code cli} only wires it.
 */
package dev.autogen.verify;

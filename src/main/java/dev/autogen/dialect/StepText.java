package dev.autogen.dialect;

/**
 * What a migration file's header says about its step: its title, why it is a file of its own, and
 * what must happen before the next one.
 */
public record StepText(String title, String why, String next) {}

package dev.autogen.classify;

/** One hazard of one change, with a message that names the object. */
public record Hazard(HazardCode code, String message) {}

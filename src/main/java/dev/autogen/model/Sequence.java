package dev.autogen.model;

/** A sequence object, as Hibernate's SEQUENCE and AUTO id strategies need one. */
public record Sequence(Identifier name, long start, long increment) {}

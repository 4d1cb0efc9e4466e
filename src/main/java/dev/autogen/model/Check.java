package dev.autogen.model;

/** A CHECK constraint; the expression is compared after the dialect normalises it. */
public record Check(Identifier name, String expression) {}

package dev.rapport.tangled.api;

public record RuleResponse(String name) {}

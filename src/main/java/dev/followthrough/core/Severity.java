package dev.followthrough.core;

public enum Severity { LOW, MEDIUM, HIGH }

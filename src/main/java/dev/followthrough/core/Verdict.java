package dev.followthrough.core;

public enum Verdict { CLEAN, FLAGGED }

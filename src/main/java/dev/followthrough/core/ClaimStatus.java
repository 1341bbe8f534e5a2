package dev.followthrough.core;

public enum ClaimStatus { SUPPORTED, UNSUPPORTED, CONTRADICTED }

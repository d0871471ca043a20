package dev.advisor.facts;

/** Derived: a tool in use works at a funnel stage (from the tool catalogue). */
public record ToolAtStage(String tool, int toolIndex, String stage) {
}

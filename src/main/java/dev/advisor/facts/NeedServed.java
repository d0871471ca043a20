package dev.advisor.facts;

/** Derived: a benefit answers one of a segment's needs. */
public record NeedServed(Segment segment, String need, Benefit benefit) {
}

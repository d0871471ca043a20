package dev.advisor.facts;

import java.util.List;

/** A target segment (or an anti-segment: people the company deliberately does not serve). */
public record Segment(int index, String name, boolean antiSegment, String decisionMakers,
                      String influencers, List<String> needs, List<String> pains,
                      List<String> selectionCriteria, List<String> whereOnline) {
}

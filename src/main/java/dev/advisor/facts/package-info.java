/** The fact model the rules reason over (records) and the mapping from validated answers to facts. */
package dev.advisor.facts;

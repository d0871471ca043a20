/** Benchmarks: JMH measurements of an evaluation against raw Drools, scaling curves, and the HTTP load run (bench/run). */
package dev.advisor.bench;

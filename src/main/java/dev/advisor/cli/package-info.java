/** The command line: serve, evaluate, check-rules. */
package dev.advisor.cli;

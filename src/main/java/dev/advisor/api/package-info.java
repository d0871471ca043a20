/** The HTTP API (Javalin): parse, call the advisor, respond; nothing else. */
package dev.advisor.api;

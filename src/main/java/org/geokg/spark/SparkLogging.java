package org.geokg.spark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging of {@code ./geokg spark-ingest}, which runs without Spring: Logback is the one SLF4J
 * provider (Spark's own log4j2 calls reach it through {@code log4j-to-slf4j}), set here to warnings
 * on standard error, as the other commands log. Under {@code spark-submit} the cluster's
 * configuration rules and this does nothing.
 */
final class SparkLogging {

  private SparkLogging() {}

  static void warningsToStandardError() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
      return;
    }
    ctx.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern("%level %logger{20} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(ctx);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    var root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(console);
    // SUTime warns on every undated article; Spark and Hadoop warn about a missing native Hadoop
    // library and the loopback address, which local mode is meant to use.
    ctx.getLogger("edu.stanford.nlp.time.TimeAnnotator").setLevel(Level.ERROR);
    ctx.getLogger("org.apache.hadoop.util.NativeCodeLoader").setLevel(Level.ERROR);
    ctx.getLogger("org.apache.spark.util.Utils").setLevel(Level.ERROR);
  }
}

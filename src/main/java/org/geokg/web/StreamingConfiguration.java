package org.geokg.web;

import org.geokg.graph.ExportProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed responses (exports) run as asynchronous requests, whose container default time limit
 * (30 s in Tomcat) would cut a large export short; they get {@code geokg.export.timeout} instead.
 */
@Configuration(proxyBeanMethods = false)
class StreamingConfiguration implements WebMvcConfigurer {

  private final ExportProperties exports;

  StreamingConfiguration(ExportProperties exports) {
    this.exports = exports;
  }

  @Override
  public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
    configurer.setDefaultTimeout(exports.timeout().toMillis());
  }
}

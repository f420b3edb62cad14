package org.geokg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: the pipeline, the graph and the HTTP API. Started by {@code cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GeokgApplication {}

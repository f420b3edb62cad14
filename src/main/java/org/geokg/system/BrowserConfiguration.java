package org.geokg.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser (the {@code neo4j-browser} jar's {@code browser/} folder) at {@code /browser},
 * opening already connected to the database the application uses.
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

  private final String boltUri;
  private final boolean embedded;

  BrowserConfiguration(Neo4jConfiguration.Neo4jTarget target) {
    this.boltUri = target.uri();
    this.embedded = target.embedded() != null;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    // The embedded database runs without auth; an external one asks for credentials in Browser.
    String auth = embedded ? "&preselectAuthMethod=NO_AUTH" : "";
    String target = "redirect:/browser/index.html?dbms=" + boltUri + auth;
    registry.addViewController("/browser").setViewName(target);
    registry.addViewController("/browser/").setViewName(target);
  }
}

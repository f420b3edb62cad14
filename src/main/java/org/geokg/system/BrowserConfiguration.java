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
  private final boolean noAuth;

  BrowserConfiguration(Neo4jConfiguration.Neo4jTarget target) {
    this.boltUri = target.uri();
    this.noAuth = target.embedded() != null && target.embedded().passwordFile() == null;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    // Browser asks for the password (the embedded one is in the data folder) unless auth is off.
    String auth = noAuth ? "&preselectAuthMethod=NO_AUTH" : "";
    String target = "redirect:/browser/index.html?dbms=" + boltUri + auth;
    registry.addViewController("/browser").setViewName(target);
    registry.addViewController("/browser/").setViewName(target);
  }
}

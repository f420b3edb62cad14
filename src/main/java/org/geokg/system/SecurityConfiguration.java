package org.geokg.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Safe defaults: with no credential configured the API is open but HTTP must listen on loopback
 * only (the application refuses to start otherwise); with an API key or a user, writes need them
 * and reads may stay open ({@link SecurityProperties}). The embedded database has no
 * authentication, so its Bolt port is kept on loopback too. Failures answer 401/403 problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // CLI runs serve no HTTP
class SecurityConfiguration {

  private static final String REALM = "geokg";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  SecurityConfiguration(SecurityProperties security, @Value("${server.address:}") String serverAddress) {
    if (!security.enabled() && !isLoopback(serverAddress)) {
      throw new StartupException("HTTP would listen on " + (serverAddress.isBlank() ? "all interfaces" : serverAddress)
          + " without authentication; set geokg.security.api-key (or username and password), or keep"
          + " server.address=127.0.0.1", null);
    }
  }

  /** Whether {@code host} names only this machine; blank means all interfaces. */
  static boolean isLoopback(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host.strip())) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The configured user, if any; never Spring Boot's generated default user. */
  @Bean
  UserDetailsService users(SecurityProperties security, PasswordEncoder encoder) {
    InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    if (security.username() != null) {
      users.createUser(User.withUsername(security.username()).password(encoder.encode(security.password()))
          .roles("WRITER").build());
    }
    return users;
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, SecurityProperties security) throws Exception {
    AuthenticationEntryPoint unauthorized = (req, res, e) -> problem(res, req, 401, "Unauthorized",
        "this request needs the API key (X-API-Key header or Authorization: Bearer) or HTTP basic credentials");
    AccessDeniedHandler forbidden = (req, res, e) -> problem(res, req, 403, "Forbidden", "not allowed");
    http.csrf(c -> c.disable()) // stateless API: no cookies, so no cross-site request forgery
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .addFilterBefore(new ApiKeyFilter(security.apiKey()), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> {
          if (!security.enabled()) {
            a.anyRequest().permitAll();
            return;
          }
          if (security.openReads()) {
            a.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
            a.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll();
            a.requestMatchers(HttpMethod.POST, "/api/cypher").permitAll(); // read-only by construction
          }
          a.requestMatchers("/api/**").authenticated();
          a.anyRequest().permitAll(); // explorer, Browser, docs, health
        });
    return http.build();
  }

  private static void problem(HttpServletResponse res, HttpServletRequest req, int status, String title, String detail)
      throws IOException {
    res.setStatus(status);
    if (status == 401) {
      res.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    }
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Written here, before any controller advice can run; the same RFC 9457 members as ApiErrors'.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", req.getRequestURI());
    JSON.writeValue(res.getWriter(), body);
  }

  /** Authenticates requests that carry the API key; compares in constant time. */
  static final class ApiKeyFilter extends OncePerRequestFilter {
    private final byte[] key;

    ApiKeyFilter(String key) {
      this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      String given = req.getHeader("X-API-Key");
      String auth = req.getHeader("Authorization");
      if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        given = auth.substring(7).strip();
      }
      if (key != null && given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            "api-key", null, List.of(new SimpleGrantedAuthority("ROLE_WRITER"))));
      }
      chain.doFilter(req, res);
    }
  }
}

package org.geokg.api;

/** A resource named in the request does not exist; answered with 404. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message);
  }
}

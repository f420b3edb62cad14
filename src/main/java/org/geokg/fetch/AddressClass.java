package org.geokg.fetch;

/**
 * What kind of address an IP address is, as {@link IpAddresses#classify} tells; only {@link #PUBLIC}
 * addresses are fetched.
 */
public enum AddressClass {
  PUBLIC,
  LOOPBACK,
  PRIVATE,
  LINK_LOCAL,
  MULTICAST,
  UNSPECIFIED,
  BROADCAST,
  METADATA,
  RESERVED
}

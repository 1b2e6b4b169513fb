/** Small text utilities shared by several stages: dates, SHA-256 digests. */
package org.parallax.text;

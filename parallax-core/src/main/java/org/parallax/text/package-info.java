/** Small text utilities shared by several stages (dates, for now). */
package org.parallax.text;

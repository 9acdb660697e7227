<?php
/**
 * Test site only: writes the number of database queries a front-end page made into the page's
 * end, so a test can compare a page with the plugin active and inactive.
 */
add_action(
	'shutdown',
	function () {
		if ( 'cli' !== PHP_SAPI && ! is_admin() && ! wp_doing_ajax() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
			echo "\n<!-- queries: " . (int) get_num_queries() . " -->\n";
		}
	}
);

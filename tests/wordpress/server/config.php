<?php
/**
 * WordPress configuration of the test site. Debian's /usr/share/wordpress/wp-config.php loads
 * /etc/wordpress/config-<host>.php; the test environment (tests/wordpress/env.mjs) links this
 * file there for 127.0.0.1 and passes the site's folder and port in the environment.
 */
$img_pathway_dir  = getenv( 'IMG_PATHWAY_WP_DIR' );
$img_pathway_port = getenv( 'IMG_PATHWAY_WP_PORT' );
if ( ! $img_pathway_dir || ! $img_pathway_port ) {
	header( 'HTTP/1.0 500 Internal Server Error' );
	exit( "IMG_PATHWAY_WP_DIR and IMG_PATHWAY_WP_PORT are not set\n" );
}
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:' . $img_pathway_dir . '/run/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $img_pathway_key ) {
	define( $img_pathway_key, 'test-' . $img_pathway_key );
}
define( 'WP_HOME', 'http://127.0.0.1:' . $img_pathway_port );
define( 'WP_SITEURL', WP_HOME );
define( 'WP_CONTENT_DIR', $img_pathway_dir . '/wp-content' );
define( 'WP_CONTENT_URL', WP_HOME . '/wp-content' );
define( 'WP_ALLOW_MULTISITE', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // Offline: calls to wordpress.org fail at once.
define( 'FS_METHOD', 'direct' );          // Plugin installs write straight to wp-content.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', $img_pathway_dir . '/run/wp-debug.log' );
// The common hardening that strips <script> for every role, switched on by a test.
if ( file_exists( $img_pathway_dir . '/run/disallow-unfiltered-html' ) ) {
	define( 'DISALLOW_UNFILTERED_HTML', true );
}

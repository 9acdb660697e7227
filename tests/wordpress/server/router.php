<?php
/**
 * Router of PHP's built-in server for the test site (docroot /usr/share/wordpress). Debian keeps
 * wp-content outside the docroot (Apache has an Alias for it): its files are served from the
 * site's folder here. Files that exist in the docroot are served as they are; everything else
 * (pretty permalinks, the REST API) goes to index.php.
 */
$img_pathway_path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strpos( $img_pathway_path, '/wp-content/' ) ) {
	$img_pathway_file = realpath( getenv( 'IMG_PATHWAY_WP_DIR' ) . $img_pathway_path );
	if ( ! $img_pathway_file || ! is_file( $img_pathway_file ) || '.php' === substr( $img_pathway_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$img_pathway_types = array(
		'js'    => 'application/javascript',
		'map'   => 'application/json',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'woff2' => 'font/woff2',
		'png'   => 'image/png',
	);
	$img_pathway_ext = strtolower( pathinfo( $img_pathway_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $img_pathway_types[ $img_pathway_ext ] ) ? $img_pathway_types[ $img_pathway_ext ] : 'application/octet-stream' ) );
	readfile( $img_pathway_file );
	return true;
}
if ( '/' !== $img_pathway_path && file_exists( $_SERVER['DOCUMENT_ROOT'] . $img_pathway_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF']    = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';

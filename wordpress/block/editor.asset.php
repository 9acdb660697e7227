<?php
/**
 * The editor script's dependencies, written by hand: the script has no build step.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-html-entities', 'wp-i18n' ),
	'version'      => IMG_PATHWAY_VERSION,
);

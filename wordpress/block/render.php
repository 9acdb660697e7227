<?php
/**
 * Front end of the img-pathway/guide block. WordPress has already checked $attributes against
 * block.json (a value that fails is dropped, so its default applies).
 *
 * @package img-pathway
 *
 * @var array $attributes The block's attributes, defaults filled in.
 */

defined( 'ABSPATH' ) || exit;

// img_pathway_render() escapes every value it writes; the wrapper attributes come escaped from WordPress.
echo img_pathway_render( $attributes, get_block_wrapper_attributes() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped

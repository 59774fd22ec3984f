#pragma once
/// Files of web/ (and the pinned cytoscape) built into the binary by
/// cmake/EmbedWebAssets.cmake, for pages that must work offline. None holds
/// "</script", "</style" or "<!--" (the build refuses such a file).

#include <string_view>

namespace vaultlint {

std::string_view web_asset_report_css();
#ifdef VAULTLINT_HTML
std::string_view web_asset_cytoscape_js();
std::string_view web_asset_graph_js();
std::string_view web_asset_graph_css();
#endif

}  // namespace vaultlint

namespace Wbs.Web.Extensions;

/// <summary>Names the web assembly for test hosts without clashing with other projects' <c>Program</c>.</summary>
public sealed class WebMarker;

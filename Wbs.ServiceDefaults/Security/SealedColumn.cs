namespace Wbs.ServiceDefaults.Security;

/// <summary>A column of <paramref name="Entity"/> in <paramref name="Context"/> holding values sealed (or data keys wrapped) under <paramref name="Purpose"/>.</summary>
public sealed record SealedColumn(Type Context, Type Entity, string Property, string Purpose);

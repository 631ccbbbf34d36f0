namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The required H3 titles of a section, their rule, and the severity that replaces the rule's own at some levels.</summary>
internal sealed record SubsectionsModel(EquatableArray<string> Titles, string Rule, EquatableArray<LevelSeverityModel> SeverityAt);

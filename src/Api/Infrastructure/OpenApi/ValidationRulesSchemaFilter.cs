using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes the FluentValidation rules the API enforces into the schemas, so the document cannot drift from the
/// validators: NotNull and NotEmpty make a field required (unless the rule is conditional), NotEmpty also
/// <c>minLength: 1</c>; length rules become <c>minLength</c>/<c>maxLength</c>, Matches a <c>pattern</c>, InclusiveBetween and
/// constant comparisons <c>minimum</c>/<c>maximum</c>, <see cref="MaxItemsValidatorExtensions.MaxItems"/> <c>maxItems</c>.
/// A rule on each element (RuleForEach) applies to <c>items</c>. Rules that read the database or compare two fields
/// stay in the descriptions and the 400s.
/// </summary>
internal sealed class ValidationRulesSchemaFilter(IServiceProvider services) : ISchemaFilter, IParameterFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } concrete || Descriptor(context.Type) is not { } descriptor)
        {
            return;
        }

        // A rule on the whole object (a check across fields) has no member.
        foreach (var member in descriptor.GetMembersWithValidators().Where(m => !string.IsNullOrEmpty(m.Key)))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(member.Key);
            if (properties.TryGetValue(name, out var property) && property is OpenApiSchema target)
            {
                if (ApplyRules(descriptor, member.Key, target))
                {
                    concrete.Required ??= new HashSet<string>();
                    concrete.Required.Add(name);
                }
            }
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var container = context.ApiParameterDescription.ModelMetadata?.ContainerType;
        var member = context.PropertyInfo?.Name;
        if (container is null || member is null || Descriptor(container) is not { } descriptor || parameter is not OpenApiParameter { Schema: OpenApiSchema schema } concrete)
        {
            return;
        }

        if (ApplyRules(descriptor, member, schema))
        {
            concrete.Required = true;
        }
    }

    private IValidatorDescriptor? Descriptor(Type type)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is IValidator validator ? validator.CreateDescriptor() : null;
    }

    /// <summary>Applies the member's rules to its schema; true when they make it required.</summary>
    private static bool ApplyRules(IValidatorDescriptor descriptor, string member, OpenApiSchema schema)
    {
        var required = false;
        foreach (var rule in descriptor.GetRulesForMember(member))
        {
            var target = IsCollectionRule(rule) ? schema.Items as OpenApiSchema : schema;
            if (target is null)
            {
                continue;
            }

            foreach (var component in rule.Components)
            {
                var unconditional = !component.HasCondition && !component.HasAsyncCondition;
                required |= Apply(component.Validator, target, unconditional) && unconditional && target == schema;
            }
        }

        return required;
    }

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>Applies one validator; true when it demands a value (not null, not empty).</summary>
    private static bool Apply(IPropertyValidator validator, OpenApiSchema schema, bool unconditional)
    {
        var isString = schema.Type is { } type && type.HasFlag(JsonSchemaType.String);
        switch (validator)
        {
            case INotNullValidator when unconditional:
                RemoveNull(schema);
                return true;
            case INotEmptyValidator when unconditional:
                RemoveNull(schema);
                if (isString)
                {
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                }

                return true;
            case ILengthValidator length when isString:
                if (length.Max > 0)
                {
                    schema.MaxLength = length.Max;
                }

                if (length.Min > 0)
                {
                    schema.MinLength = length.Min;
                }

                break;
            case IRegularExpressionValidator regex when isString:
                schema.Pattern = regex.Expression;
                break;
            case IBetweenValidator between when between.From is IConvertible && between.To is IConvertible:
                schema.Minimum = Convert.ToString(between.From, System.Globalization.CultureInfo.InvariantCulture);
                schema.Maximum = Convert.ToString(between.To, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case IComparisonValidator { ValueToCompare: int or long or double or decimal } comparison:
                var value = Convert.ToString(comparison.ValueToCompare, System.Globalization.CultureInfo.InvariantCulture);
                if (comparison.Comparison is Comparison.GreaterThanOrEqual)
                {
                    schema.Minimum = value;
                }
                else if (comparison.Comparison is Comparison.LessThanOrEqual)
                {
                    schema.Maximum = value;
                }

                break;
            case IMaxItemsValidator maxItems:
                schema.MaxItems = maxItems.Max;
                break;
        }

        return false;
    }

    /// <summary>No null: a reference wrapped for its description carries only the Null flag, which goes too.</summary>
    private static void RemoveNull(OpenApiSchema schema)
    {
        if (schema.Type is { } type)
        {
            schema.Type = type == JsonSchemaType.Null ? null : type & ~JsonSchemaType.Null;
        }
    }
}

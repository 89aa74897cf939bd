using Mapster;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

internal sealed class ActorMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ActorRole, ActorRoleDto>();
        config.NewConfig<Actor, ActorResponse>()
            .Map(d => d.Aliases, s => s.Aliases.Order(StringComparer.Ordinal).ToList())
            .Map(d => d.Roles, s => s.Roles.OrderBy(r => r.From).ThenBy(r => r.Title));

        // Read back as a request so PATCH can merge a patch over the current state.
        config.NewConfig<Actor, ActorRequest>()
            .Map(d => d.Aliases, s => s.Aliases.Order(StringComparer.Ordinal).ToList())
            .Map(d => d.Roles, s => s.Roles.OrderBy(r => r.From).ThenBy(r => r.Title));

        config.NewConfig<ActorRoleDto, ActorRole>()
            .Ignore(r => r.Id)
            .Ignore(r => r.ActorId);
    }
}

using Mapster;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>Relations map with Mapster; claims do not: their one response is built by <see cref="ClaimDocument"/>.</summary>
internal sealed class ClaimMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Direction depends on which claim was asked about; the controller sets it with `with`.
        config.NewConfig<ClaimRelation, RelationResponse>()
            .Map(d => d.Direction, _ => RelationDirection.Outgoing);
    }
}

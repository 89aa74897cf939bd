using Microsoft.AspNetCore.Mvc;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Base for the resource controllers: every response may carry problem details.</summary>
[ApiController]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase;

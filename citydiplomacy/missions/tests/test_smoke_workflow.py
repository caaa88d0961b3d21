from citydiplomacy.missions import services
from citydiplomacy.missions.models import Status


def test_request_goes_from_draft_to_realized(mission_factory, requester, chair):
    mission = mission_factory()
    services.submit(mission, requester)
    services.approve(mission, chair)
    mission.refresh_from_db()
    assert mission.status == Status.APPROVED

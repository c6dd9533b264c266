// The simulated community: buildings, floors and rooms with their locks.

export type LockType = 'QRLOCK' | 'QRALOCK' | 'QRBLOCK' | 'QRMLOCK';

export interface SimRoom {
  roomNo: string;
  lockNo: string;
  roomType: string;
  lockType: LockType;
}

export interface SimFloor {
  floorNo: string;
  name: string;
  rooms: SimRoom[];
}

export interface SimBuilding {
  buildNo: string;
  name: string;
  floors: SimFloor[];
}

export interface SimCommunity {
  communityNo: string;
  /** IANA zone of the community, in which card times are read. */
  timeZone: string;
  buildings: SimBuilding[];
}

export const DEFAULT_COMMUNITY_NO = '1316880000';

function room(roomNo: string, lockNo: string, lockType: LockType): SimRoom {
  return { roomNo, lockNo, roomType: 'Standard', lockType };
}

/**
 * Returns a community of two buildings. Room 101 exists in both, so a room
 * card for 101 needs buildNo and floorNo.
 */
export function createDefaultCommunity(
  communityNo = DEFAULT_COMMUNITY_NO,
  timeZone = 'Asia/Shanghai',
): SimCommunity {
  return {
    communityNo,
    timeZone,
    buildings: [
      {
        buildNo: '1',
        name: 'Main building',
        floors: [
          {
            floorNo: '1',
            name: '1F',
            rooms: [
              room('101', '10001', 'QRLOCK'),
              room('102', '10002', 'QRALOCK'),
              room('R007', '10007', 'QRBLOCK'),
            ],
          },
          {
            floorNo: '2',
            name: '2F',
            rooms: [
              room('201', '10201', 'QRALOCK'),
              room('202', '10202', 'QRMLOCK'),
            ],
          },
        ],
      },
      {
        buildNo: '2',
        name: 'Annex',
        floors: [
          {
            floorNo: '1',
            name: '1F',
            rooms: [room('101', '20101', 'QRALOCK')],
          },
          {
            floorNo: '6',
            name: '6F',
            rooms: [
              room('C6-01', '20601', 'QRMLOCK'),
              room('C6-02', '20602', 'QRBLOCK'),
            ],
          },
        ],
      },
    ],
  };
}

/** Where a card opens, as the server resolved it. */
export interface Placement {
  buildNo?: string;
  floorNo?: string;
  roomNo?: string;
}

/** Status and message when a place does not exist; undefined when it does. */
export interface PlaceMiss {
  status: 5005 | 5006 | 5007;
  info: string;
}

function findBuilding(
  community: SimCommunity,
  buildNo: string,
): SimBuilding | PlaceMiss {
  const building = community.buildings.find((b) => b.buildNo === buildNo);
  return building ?? { status: 5005, info: `building ${buildNo} not found` };
}

function findFloor(
  building: SimBuilding,
  floorNo: string,
): SimFloor | PlaceMiss {
  const floor = building.floors.find((f) => f.floorNo === floorNo);
  return floor ?? { status: 5006, info: `floor ${floorNo} not found` };
}

function isMiss(value: object): value is PlaceMiss {
  return 'status' in value;
}

/** Checks that building, floor and room exist; returns the full placement. */
export function locate(
  community: SimCommunity,
  placement: Placement,
): Placement | PlaceMiss {
  const { buildNo, floorNo, roomNo } = placement;

  if (buildNo !== undefined) {
    const building = findBuilding(community, buildNo);
    if (isMiss(building)) return building;
    if (floorNo === undefined) return { buildNo };

    const floor = findFloor(building, floorNo);
    if (isMiss(floor)) return floor;
    if (roomNo === undefined) return { buildNo, floorNo };
    if (!floor.rooms.some((r) => r.roomNo === roomNo)) {
      return { status: 5007, info: `room ${roomNo} not found` };
    }
    return { buildNo, floorNo, roomNo };
  }

  return locateRoomAlone(community, roomNo ?? '');
}

function locateRoomAlone(
  community: SimCommunity,
  roomNo: string,
): Placement | PlaceMiss {
  const matches: Placement[] = [];
  for (const building of community.buildings) {
    for (const floor of building.floors) {
      if (floor.rooms.some((r) => r.roomNo === roomNo)) {
        matches.push({
          buildNo: building.buildNo,
          floorNo: floor.floorNo,
          roomNo,
        });
      }
    }
  }

  const [only] = matches;
  if (only === undefined)
    return { status: 5007, info: `room ${roomNo} not found` };
  if (matches.length > 1) {
    return {
      status: 5007,
      info: `room ${roomNo} exists in several buildings; give buildNo and floorNo`,
    };
  }
  return only;
}

/** The community in the shape of fetchRoomInfo's `data`. */
export function toRoomInfoData(
  community: SimCommunity,
): Record<string, unknown> {
  return {
    builders: community.buildings.map((building) => ({
      builderNum: building.buildNo,
      builderName: building.name,
      floors: building.floors.map((floor) => ({
        floorNum: floor.floorNo,
        floorName: floor.name,
        rooms: floor.rooms.map((r) => ({
          no: r.roomNo,
          num: r.lockNo,
          name: r.roomType,
          locktype: r.lockType,
        })),
      })),
    })),
  };
}

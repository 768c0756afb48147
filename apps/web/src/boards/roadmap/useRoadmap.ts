import { useContext } from 'react';
import { RoadmapContext, type Roadmap } from './RoadmapContext';

/** The roadmap shared state; only inside RoadmapBoard. */
export function useRoadmap(): Roadmap {
  const roadmap = useContext(RoadmapContext);
  if (roadmap === null) throw new Error('useRoadmap must be used inside <RoadmapBoard>.');
  return roadmap;
}
